/**
 * Zhejiang's administrative divisions: the province, its 11 prefecture-level cities and its 90
 * county-level divisions, with the national division codes (GB/T 2260; 中华人民共和国民政部
 * 《2023年中华人民共和国县以上行政区划代码》).
 *
 * 山区26县 (mountainCounty): the 26 counties named in 浙江省人民政府《浙江省山区26县跨越式高质量发展实施方案
 * （2021—2025年）》(浙政发〔2021〕15号 and the accompanying list of 浙江省发展和改革委员会): 淳安、永嘉、平阳、
 * 苍南、文成、泰顺、武义、磐安、柯城、衢江、江山、常山、开化、龙游、三门、天台、仙居、莲都、龙泉、青田、缙云、
 * 遂昌、松阳、云和、庆元、景宁.
 * 海岛县 (islandCounty): the six island counties of Zhejiang's policies on 海岛县（市、区）— 定海、普陀、岱山、
 * 嵊泗 (舟山) 、玉环 (台州) 、洞头 (温州), as listed in 浙江省人民政府办公厅《关于推进海岛县高质量发展的若干意见》
 * and the provincial finance department's transfer-payment rules (「山区26县和6个海岛县」).
 * The central-fund notice (catalogue source 004) gives 山区26县或海岛县 a 60% self-funding ratio.
 */
type CountyRow = readonly [code: string, name: string, nameEn: string, flags?: 'mountain' | 'island'];
type CityRow = { code: string; name: string; nameEn: string; counties: readonly CountyRow[] };

export const zhejiangProvince = { code: '330000', name: '浙江省', nameEn: 'Zhejiang' } as const;

export const zhejiangCities: readonly CityRow[] = [
  {
    code: '330100',
    name: '杭州市',
    nameEn: 'Hangzhou',
    counties: [
      ['330102', '上城区', 'Shangcheng'],
      ['330105', '拱墅区', 'Gongshu'],
      ['330106', '西湖区', 'Xihu'],
      ['330108', '滨江区', 'Binjiang'],
      ['330109', '萧山区', 'Xiaoshan'],
      ['330110', '余杭区', 'Yuhang'],
      ['330111', '富阳区', 'Fuyang'],
      ['330112', '临安区', "Lin'an"],
      ['330113', '临平区', 'Linping'],
      ['330114', '钱塘区', 'Qiantang'],
      ['330122', '桐庐县', 'Tonglu'],
      ['330127', '淳安县', "Chun'an", 'mountain'],
      ['330182', '建德市', 'Jiande'],
    ],
  },
  {
    code: '330200',
    name: '宁波市',
    nameEn: 'Ningbo',
    counties: [
      ['330203', '海曙区', 'Haishu'],
      ['330205', '江北区', 'Jiangbei'],
      ['330206', '北仑区', 'Beilun'],
      ['330211', '镇海区', 'Zhenhai'],
      ['330212', '鄞州区', 'Yinzhou'],
      ['330213', '奉化区', 'Fenghua'],
      ['330225', '象山县', 'Xiangshan'],
      ['330226', '宁海县', 'Ninghai'],
      ['330281', '余姚市', 'Yuyao'],
      ['330282', '慈溪市', 'Cixi'],
    ],
  },
  {
    code: '330300',
    name: '温州市',
    nameEn: 'Wenzhou',
    counties: [
      ['330302', '鹿城区', 'Lucheng'],
      ['330303', '龙湾区', 'Longwan'],
      ['330304', '瓯海区', 'Ouhai'],
      ['330305', '洞头区', 'Dongtou', 'island'],
      ['330324', '永嘉县', 'Yongjia', 'mountain'],
      ['330326', '平阳县', 'Pingyang', 'mountain'],
      ['330327', '苍南县', 'Cangnan', 'mountain'],
      ['330328', '文成县', 'Wencheng', 'mountain'],
      ['330329', '泰顺县', 'Taishun', 'mountain'],
      ['330381', '瑞安市', "Rui'an"],
      ['330382', '乐清市', 'Yueqing'],
      ['330383', '龙港市', 'Longgang'],
    ],
  },
  {
    code: '330400',
    name: '嘉兴市',
    nameEn: 'Jiaxing',
    counties: [
      ['330402', '南湖区', 'Nanhu'],
      ['330411', '秀洲区', 'Xiuzhou'],
      ['330421', '嘉善县', 'Jiashan'],
      ['330424', '海盐县', 'Haiyan'],
      ['330481', '海宁市', 'Haining'],
      ['330482', '平湖市', 'Pinghu'],
      ['330483', '桐乡市', 'Tongxiang'],
    ],
  },
  {
    code: '330500',
    name: '湖州市',
    nameEn: 'Huzhou',
    counties: [
      ['330502', '吴兴区', 'Wuxing'],
      ['330503', '南浔区', 'Nanxun'],
      ['330521', '德清县', 'Deqing'],
      ['330522', '长兴县', 'Changxing'],
      ['330523', '安吉县', 'Anji'],
    ],
  },
  {
    code: '330600',
    name: '绍兴市',
    nameEn: 'Shaoxing',
    counties: [
      ['330602', '越城区', 'Yuecheng'],
      ['330603', '柯桥区', 'Keqiao'],
      ['330604', '上虞区', 'Shangyu'],
      ['330624', '新昌县', 'Xinchang'],
      ['330681', '诸暨市', 'Zhuji'],
      ['330683', '嵊州市', 'Shengzhou'],
    ],
  },
  {
    code: '330700',
    name: '金华市',
    nameEn: 'Jinhua',
    counties: [
      ['330702', '婺城区', 'Wucheng'],
      ['330703', '金东区', 'Jindong'],
      ['330723', '武义县', 'Wuyi', 'mountain'],
      ['330726', '浦江县', 'Pujiang'],
      ['330727', '磐安县', "Pan'an", 'mountain'],
      ['330781', '兰溪市', 'Lanxi'],
      ['330782', '义乌市', 'Yiwu'],
      ['330783', '东阳市', 'Dongyang'],
      ['330784', '永康市', 'Yongkang'],
    ],
  },
  {
    code: '330800',
    name: '衢州市',
    nameEn: 'Quzhou',
    counties: [
      ['330802', '柯城区', 'Kecheng', 'mountain'],
      ['330803', '衢江区', 'Qujiang', 'mountain'],
      ['330822', '常山县', 'Changshan', 'mountain'],
      ['330824', '开化县', 'Kaihua', 'mountain'],
      ['330825', '龙游县', 'Longyou', 'mountain'],
      ['330881', '江山市', 'Jiangshan', 'mountain'],
    ],
  },
  {
    code: '330900',
    name: '舟山市',
    nameEn: 'Zhoushan',
    counties: [
      ['330902', '定海区', 'Dinghai', 'island'],
      ['330903', '普陀区', 'Putuo', 'island'],
      ['330921', '岱山县', 'Daishan', 'island'],
      ['330922', '嵊泗县', 'Shengsi', 'island'],
    ],
  },
  {
    code: '331000',
    name: '台州市',
    nameEn: 'Taizhou',
    counties: [
      ['331002', '椒江区', 'Jiaojiang'],
      ['331003', '黄岩区', 'Huangyan'],
      ['331004', '路桥区', 'Luqiao'],
      ['331022', '三门县', 'Sanmen', 'mountain'],
      ['331023', '天台县', 'Tiantai', 'mountain'],
      ['331024', '仙居县', 'Xianju', 'mountain'],
      ['331081', '温岭市', 'Wenling'],
      ['331082', '临海市', 'Linhai'],
      ['331083', '玉环市', 'Yuhuan', 'island'],
    ],
  },
  {
    code: '331100',
    name: '丽水市',
    nameEn: 'Lishui',
    counties: [
      ['331102', '莲都区', 'Liandu', 'mountain'],
      ['331121', '青田县', 'Qingtian', 'mountain'],
      ['331122', '缙云县', 'Jinyun', 'mountain'],
      ['331123', '遂昌县', 'Suichang', 'mountain'],
      ['331124', '松阳县', 'Songyang', 'mountain'],
      ['331125', '云和县', 'Yunhe', 'mountain'],
      ['331126', '庆元县', 'Qingyuan', 'mountain'],
      ['331127', '景宁畲族自治县', 'Jingning', 'mountain'],
      ['331181', '龙泉市', 'Longquan', 'mountain'],
    ],
  },
];
